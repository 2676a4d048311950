"""WSGI entry point for gunicorn: `gunicorn 'recruit.wsgi:app'`."""

from recruit import create_app
from recruit.ops.server import return_large_blocks_to_the_os

return_large_blocks_to_the_os()
app = create_app()
