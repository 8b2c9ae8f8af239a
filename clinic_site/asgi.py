"""ASGI entry point for gunicorn's asyncio worker (gunicorn.conf.py).

The site itself is Django's WSGI application, run as ever: one request at a time per worker, in
one thread, with its database connection kept between requests. asgiref's adapter puts an
asyncio server in front of it that reads each request whole (headers and body) before handing
it over. A client that sends its request a byte a second, by accident or to freeze the site,
then holds an open socket and nothing more: the worker goes on serving everyone else. With the
plain sync worker, twenty such clients held every worker for as long as they liked.
"""

from asgiref.wsgi import WsgiToAsgi

from clinic_site.wsgi import application as wsgi_application

application = WsgiToAsgi(wsgi_application)
