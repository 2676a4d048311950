"""WSGI entry point for gunicorn: `gunicorn 'recruit.wsgi:app'`."""

from recruit import create_app

app = create_app()
