"""The recruiters' blueprint object, which each of review's view modules adds routes to."""

from flask import Blueprint

review = Blueprint("review", __name__)
