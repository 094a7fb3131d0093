"""coreplan: check, schedule and render child protection core group plans."""

__version__ = "0.1.0"
