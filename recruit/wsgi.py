"""WSGI entry point for gunicorn: `gunicorn 'recruit.wsgi:app'`."""

from recruit import create_app
from recruit.ops.server import return_large_blocks_to_the_os
from recruit.storage import check_store

return_large_blocks_to_the_os()
app = create_app()
# A missing bucket or refused credentials stop the process booting (gunicorn then exits with
# the reason in its log) instead of failing the first upload.
check_store(app.config)
