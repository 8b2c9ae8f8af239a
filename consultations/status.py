"""Where a request stands at the front desk: the statuses every kind of request shares.

A module of its own, importing no model, so that the desk's helpers and admin views
(desk.py, views.py) can name the statuses without importing the models that use them.
"""

from django.db import models


class RequestStatus(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    BOOKED = "booked", "Booked"
    CLOSED = "closed", "Closed"
