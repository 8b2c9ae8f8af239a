from django.urls import path

from . import views

urlpatterns = [
    path("<int:page_id>/result/", views.result, name="selfcheck_result"),
]
