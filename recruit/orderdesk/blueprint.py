"""The recruiters' job-order blueprint object, which each of orderdesk's view modules adds
routes to."""

from flask import Blueprint

orders = Blueprint("orders", __name__)
