# Varnish in front of the app servers (README: "Deploying on more than one server").
#
# Keeps what the site marks public (anonymous pages with s-maxage, static files, images and
# their renditions) and passes everything personal: the admin (previews included), any method
# but GET and HEAD, and any request with a session, messages or CSRF cookie. Compresses text.
# Balances across the app servers of backends.vcl, each checked on /healthz. PURGE (a page's
# own address, from Wagtail's frontend_cache) and BAN (every page, when a change touches
# every page) are taken from the addresses in `purgers` only.
#
# Run with the folder of the backends.vcl for this deployment first on the VCL path:
#   varnishd -f /etc/varnish/default.vcl -p vcl_path=/etc/varnish/site:/etc/varnish ...
vcl 4.1;

import directors;

# Who may purge and ban: the app servers. Add their addresses when they are not on this host.
acl purgers {
    "127.0.0.1";
    "::1";
}

# An app server is taken out after one failed check (window 2, threshold 2) and put back
# after two good ones; a check is a full request through Django to the database.
probe healthz {
    .url = "/healthz";
    .expected_response = 200;
    .interval = 1s;
    .timeout = 2s;
    .window = 2;
    .threshold = 2;
    .initial = 2;
}

# The app servers: `backend` declarations using `.probe = healthz`, and a vcl_init that adds
# each of them to the round-robin director `app` (see backends.vcl beside this file).
include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Every page, on every host; static files and uploads keep (their names change with
        # their content). Only obj.* in the expression, so the ban lurker clears them.
        ban("obj.http.x-url !~ ^/(static|media)/");
        return (synth(200, "Banned"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    # No other cookie changes a page: dropped, so one copy serves every visitor.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # Behind a TLS proxy, the plain-HTTP redirect and the page are two answers.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Lets a ban find what it covers without the request (see BAN above).
    set beresp.http.x-url = bereq.url;

    if (!beresp.http.Content-Encoding
            && beresp.http.Content-Type ~ "^(text/|application/(json|xml|javascript|rss\+xml|atom\+xml|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Only what the site marks public for a shared cache: never a response setting a cookie,
    # one marked private or no-store, or one that says nothing (Varnish would keep that for
    # its default TTL: the plain-HTTP redirect, say).
    if (beresp.http.Set-Cookie
            || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
            || beresp.http.Cache-Control !~ "(s-maxage|max-age)=[1-9]") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_backend_error {
    # An app server that has just gone down (before its next check) costs a retry on the
    # other one, not an error; only for requests that are safe to send twice.
    if (bereq.retries < 2 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
}
