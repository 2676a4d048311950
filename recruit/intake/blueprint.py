"""The candidates' blueprint object, which each of intake's view modules adds routes to."""

from flask import Blueprint

intake = Blueprint("intake", __name__)
