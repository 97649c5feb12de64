app_name = "h5p"
urlpatterns: list = []
