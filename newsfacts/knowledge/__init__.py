"""Who and where things are, shared by every stage.

Each piece of knowledge is defined once here; the stages read it and never keep
copies of their own:

- `keys`: matching keys of place, organisation and person names;
- `gazetteer`: places, their aliases and demonyms (GeoNames, built by
  `scripts/build_gazetteer.py`), with the town and district tables;
- `countries`: ISO codes, common names, the country a name or demonym names;
- `names`: given names;
- `titles`: titles of office and address, with their sectors;
- `organizations`: well-known organisations, with acronyms, countries, codes;
- `figures`: prominent political figures, with countries and codes;
- `roles`: role nouns that name groups ("officials", "troops"), with sectors.
"""
