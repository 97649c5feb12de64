from .site import HomePageFactory, ProviderFactory, UserFactory, make_user

__all__ = ["HomePageFactory", "ProviderFactory", "UserFactory", "make_user"]
