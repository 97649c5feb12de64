from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from intervisor.accounts import roles
from intervisor.accounts.services import user_roles_add

from .models import Provider, ProviderMembership, ProviderPage

PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image", "delete_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document", "delete_document"),
}


@transaction.atomic
def provider_create(*, name: str, parent_page: Page, slug: str = "", intro: str = "") -> Provider:
    """Create a provider with its own page subtree, media collection and editors' group."""
    slug = slug or slugify(name)
    root_page = ProviderPage(title=name, slug=slug, intro=intro)
    parent_page.add_child(instance=root_page)
    root_page.save_revision().publish()

    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root_collection.add_child(name=name)
    group = Group.objects.create(name=f"{name}: editors")
    for permission_type in PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=group, page=root_page, permission_type=permission_type
        )
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )
    return Provider.objects.create(
        name=name, slug=slug, root_page=root_page, collection=collection, editors_group=group
    )


@transaction.atomic
def provider_member_add(*, provider: Provider, user, role: str) -> ProviderMembership:
    membership, _ = ProviderMembership.objects.get_or_create(
        provider=provider, user=user, role=role
    )
    if role == ProviderMembership.Role.EDITOR:
        user_roles_add(user=user, role_names=(roles.PROVIDER_EDITOR,))
        user.groups.add(provider.editors_group)
    else:
        user_roles_add(user=user, role_names=(roles.TRAINER,))
    return membership
