"""Who and where things are, shared by every stage.

Countries and their aliases, demonyms, titles, given names, organisations,
political figures and role nouns are each defined once here; the stages read
them and never keep copies of their own.
"""
