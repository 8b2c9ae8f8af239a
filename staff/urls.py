from django.urls import path

from staff import views

app_name = "staff"
urlpatterns = [
    path("set-up/", views.two_factor_setup, name="two_factor_setup"),
    path("verify/", views.two_factor_verify, name="two_factor_verify"),
    path("link/<str:token>/", views.open_setup_link, name="setup_link"),
]
