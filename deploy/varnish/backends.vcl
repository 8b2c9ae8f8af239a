# The app servers behind this Varnish: one `backend` per gunicorn server, all added to the
# round-robin director `app`. An example for two servers on a private network; `make cluster`
# writes its own for loopback (deploy/cluster.py).
#
# .host_header: a name in the site's ALLOWED_HOSTS, for the /healthz checks.

backend app_a {
    .host = "10.0.0.11";
    .port = "8000";
    .host_header = "clinic.example";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
    .between_bytes_timeout = 10s;
}

backend app_b {
    .host = "10.0.0.12";
    .port = "8000";
    .host_header = "clinic.example";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 35s;
    .between_bytes_timeout = 10s;
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app_a);
    app.add_backend(app_b);
}
