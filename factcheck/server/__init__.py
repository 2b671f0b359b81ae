"""``factcheck server``: a Language Server Protocol server for editors.

``protocol`` turns findings and figures into LSP values, ``positions`` knows where each
figure is written in figures.yaml, ``project`` loads each draft's settings and registry
once, ``features`` answers the requests and ``app`` wires them to pygls. Nothing here is
imported by ``factcheck scan``: pygls loads only when the server starts.
"""
