# The front door: `make run` serves the site, `make test` tests it. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT

# `make run` serves the site as production would, on loopback over plain HTTP.
RUN_ENV = DJANGO_SETTINGS_MODULE=clinic_site.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat .secret_key)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost,$(HOST)}" \
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}" \
	HTTPS="$${HTTPS:-off}" SERVE_MEDIA="$${SERVE_MEDIA:-on}"

.PHONY: run dev test lint format demo admin clean bench faults cluster cluster-check cluster-tools

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed (set PYTHON=python3.11)."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed-run

.secret_key:
	@$(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	@chmod 600 $@

run: $(VENV)/.installed-run .secret_key
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py load_demo_content --if-empty
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/"
	@echo "  First staff account: make admin"
	@echo ""
	$(RUN_ENV) exec $(BIN)/gunicorn --config gunicorn.conf.py

dev: $(VENV)/.installed-dev
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content --if-empty
	DJANGO_SETTINGS_MODULE=clinic_site.settings.dev $(BIN)/python manage.py runserver $(HOST):$(PORT)

# axe-core for the browser tests (tests/browser); without npm those tests say they skipped.
node_modules: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund && touch $@; \
	else echo "npm not found: node_modules/ not installed, the browser tests will be skipped."; fi

test: $(VENV)/.installed-dev node_modules
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djlint templates --reformat --quiet || true

demo: $(VENV)/.installed-run .secret_key
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py load_demo_content

# The first administrator: a username, then createsuperuser's questions, then the one-time link
# with which they set up their authenticator app (on WAGTAILADMIN_BASE_URL).
admin: $(VENV)/.installed-run .secret_key
	@printf 'Username: '; read username; \
	test -n "$$username" || { echo "A username is needed."; exit 1; }; \
	$(RUN_ENV) $(BIN)/python manage.py createsuperuser --username "$$username" \
		&& $(RUN_ENV) $(BIN)/python manage.py two_factor_link "$$username"

# Speed: each page type cached and uncached against a static file, with wrk (bench/run.py).
bench: $(VENV)/.installed-run
	$(BIN)/python -m bench.run

# Faults: database down, Redis down, a worker killed; needs PostgreSQL and Redis on loopback.
faults: $(VENV)/.installed-run
	$(BIN)/python -m bench.faults

# More than one server, on loopback (deploy/cluster.py): Varnish, app servers A and B with
# production settings, and an S3-compatible bucket (moto). Needs PostgreSQL and Redis on
# loopback, as CI runs them; CLUSTER_PORT (default 8600) and the next four ports.
CLUSTER_TOOLS = varnishd:varnish wrk:wrk
cluster-tools:
	@for tool in $(CLUSTER_TOOLS); do \
		command -v $${tool%%:*} >/dev/null 2>&1 || [ -x /usr/sbin/$${tool%%:*} ] \
		|| DEBIAN_FRONTEND=noninteractive apt-get install -y $${tool##*:} \
		|| { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $${tool##*:}; }; \
	done

cluster: $(VENV)/.installed-dev cluster-tools
	$(BIN)/python -m deploy.cluster serve

# The five checks of "Deploying on more than one server" in README.md; CI runs them.
cluster-check: $(VENV)/.installed-dev cluster-tools
	$(BIN)/python -m deploy.cluster check

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache node_modules test-artifacts
