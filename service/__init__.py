"""claim-compare: compare news articles claim by claim."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claim-compare")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
