from celery import shared_task

from .services import h5p_content_extract, h5p_pending_scores_record


@shared_task(name="h5p.content_extract")
def h5p_content_extract_task(content_id: int) -> None:
    h5p_content_extract(content_id=content_id)


@shared_task(name="h5p.pending_scores_record")
def h5p_pending_scores_record_task() -> int:
    return h5p_pending_scores_record()
