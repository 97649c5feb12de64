from django import template

from intervisor import language_urls

register = template.Library()


@register.filter
def in_language(url):
    """`{{ page.primary_cta_url|in_language }}`: a path typed into content, in the visitor's
    language (intervisor.language_urls)."""
    return language_urls.in_language(url)
