"""The language layer: what a word is and how a sentence is built.

Part-of-speech tags, lemmas, noun phrases, verb groups and clauses, computed
once per document and read by every stage, so no stage guesses with word lists
of its own whether a word is a verb, a determiner or the subject of a clause.
"""
