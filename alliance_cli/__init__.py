"""alliance: check claims about the AI Alliance against a folder of source texts.

The library in one import::

    from alliance_cli import api
    sources = api.load_sources([api.default_sources_path()])
    result = api.check_claim(api.query_claim("47 members", []), sources)
"""

__version__ = "0.1.0"
