from celery import shared_task

from .services import h5p_content_extract


@shared_task(name="h5p.content_extract")
def h5p_content_extract_task(content_id: int) -> None:
    h5p_content_extract(content_id=content_id)
