"""Tests of newsfacts (a package so test modules can share helpers)."""
