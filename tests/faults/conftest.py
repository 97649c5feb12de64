import os
import uuid

import pytest

from tests.conftest import _services_missing, skip_or_fail
from tests.factories.workshops import make_date, make_workshop_page

from .support import publishing_to, worker_start, worker_stop


@pytest.fixture
def wdate(provider, trainer):
    return make_date(make_workshop_page(provider), trainer)


VISIBILITY_TIMEOUT = 3


@pytest.fixture
def fault_queue(tmp_path):
    """A queue, a mail folder and a barrier folder for workers started by this test alone."""
    missing = _services_missing()
    if missing:
        skip_or_fail(missing)
    paths = {name: tmp_path / name for name in ("mail", "barrier", "logs")}
    for path in paths.values():
        path.mkdir()
    started = []

    class Faults:
        queue = f"intervisor-fault-{uuid.uuid4().hex[:10]}"
        mail = paths["mail"]
        barrier = paths["barrier"]

        def start(self, name: str, **env):
            process = worker_start(
                queue=self.queue, mail_dir=self.mail, log_path=paths["logs"] / name, env=env
            )
            started.append(process)
            return process

        def log(self, name: str) -> str:
            return (paths["logs"] / name).read_text()

        def entered(self) -> list:
            return list(self.barrier.glob("entered-*"))

        def sent(self) -> list[str]:
            return [p.read_text() for p in self.mail.glob("*.log")]

    with publishing_to(broker_url=os.environ["CELERY_BROKER_URL"], queue=Faults.queue):
        yield Faults()
    for process in started:
        worker_stop(process)
