"""Progress on stderr: tqdm's bar when installed, a plain counter with a rate and ETA.

tqdm is the optional `progress` extra (`pip install 'newsfacts[progress]'`),
imported on first use only. Without it the counter is rewritten in place
("newsfacts: 120/1,000 articles, 35.2/s, ETA 0:00:25") at most a few times a
second, so it costs nothing on fast runs and never floods a log.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

__all__ = ["Progress"]


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Counts finished articles out of `total` (None when unknown)."""

    def __init__(
        self, total: int | None, stream: TextIO | None = None, *, plain: bool = False
    ) -> None:
        self.count = 0
        self.total = total
        self.stream = stream
        self.started = time.monotonic()
        self.shown = 0.0
        self.bar: Any = None
        if plain:
            return
        try:
            from tqdm.auto import tqdm  # type: ignore[import-untyped, unused-ignore]
        except ImportError:
            return
        self.bar = tqdm(
            total=total, unit="article", desc="newsfacts", file=stream or sys.stderr
        )

    def line(self) -> str:
        """The plain counter's text: count, total, rate and time left when known."""
        of = f"/{self.total:,}" if self.total is not None else ""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.count / elapsed
        text = f"newsfacts: {self.count:,}{of} articles, {rate:.1f}/s"
        if self.total is not None and rate > 0 and self.count < self.total:
            text += f", ETA {_clock((self.total - self.count) / rate)}"
        return text

    def update(self, n: int = 1) -> None:
        """`n` more articles done."""
        self.count += n
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.monotonic()
        if now - self.shown >= 0.2 or self.count == self.total:
            self.shown = now
            self._write(f"\r{self.line()}")

    def close(self) -> None:
        """End the bar or the counter's line."""
        if self.bar is not None:
            self.bar.close()
        elif self.count:
            self._write(f"\r{self.line()}\n")

    def _write(self, text: str) -> None:
        stream = self.stream or sys.stderr
        try:
            stream.write(text)
            stream.flush()
        except (OSError, ValueError):  # stderr closed: progress is not worth dying for
            pass
