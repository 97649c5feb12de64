/*
 * Lesson page side of the H5P player. The player runs in a sandboxed iframe on another origin;
 * it posts messages here, and only messages from that very iframe are accepted (its origin is
 * the opaque "null", so the window is what identifies it). Statements and state go to Django
 * with the session cookie and the CSRF token; the server decides what they are worth.
 */
(function () {
  'use strict';

  if (window.intervisorH5PBridge) {
    window.intervisorH5PBridge.scan();
    return;
  }

  var frames = [];

  // The JSON of a response; a refusal becomes an Error with the server's message and status.
  function readJSON(response) {
    return response.json().catch(function () { return {}; }).then(function (data) {
      if (!response.ok) {
        var error = new Error(data.error || String(response.status));
        error.status = response.status;
        throw error;
      }
      return data;
    });
  }

  function post(block, url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRFToken': block.dataset.csrfToken },
      body: JSON.stringify(body)
    }).then(readJSON);
  }

  function showStatus(block, text, isError) {
    var status = block.querySelector('[data-h5p-status]');
    if (status) {
      status.textContent = text;
      status.classList.toggle('is-error', Boolean(isError));
    }
  }

  // The outline beside the lesson: this lesson's tick and its module's count.
  function markCurrentLessonDone() {
    var nav = document.querySelector('.lesson-nav[data-text-done-note]');
    var lesson = nav && nav.querySelector('.outline-lesson.is-current');
    if (!lesson || lesson.classList.contains('is-done')) {
      return;
    }
    lesson.classList.add('is-done');
    var tick = lesson.querySelector('.outline-tick');
    if (tick) {
      tick.textContent = '\u2713';
    }
    var note = document.createElement('span');  // "(done)" for screen readers, after the title
    note.className = 'visually-hidden';
    note.textContent = nav.dataset.textDoneNote;
    (lesson.querySelector('a') || tick || lesson).after(note);
    var count = lesson.closest('.outline-module').querySelector('.outline-count');
    var parts = count ? count.textContent.split('/') : [];
    if (parts.length === 2) {
      count.textContent = (parseInt(parts[0], 10) + 1) + '/' + parts[1];
    }
  }

  function showOutcome(block, data) {
    if (data.max_score === undefined) {
      return;
    }
    var text = block.dataset.textSaved
      .replace('%(score)s', String(data.score))
      .replace('%(max)s', String(data.max_score));
    text += ' ' + (data.passed ? block.dataset.textPassed : block.dataset.textNotPassed);
    showStatus(block, text, false);
    if (data.progress) {
      // The lesson page's course progress bar, if it shows one.
      document.querySelectorAll('progress.course-progress').forEach(function (bar) {
        bar.max = Math.max(1, data.progress.total);
        bar.value = data.progress.done;
        bar.textContent = data.progress.percent + '%';
      });
      document.querySelectorAll('[data-course-progress-text]').forEach(function (line) {
        line.textContent = line.dataset.courseProgressText
          .replace('{done}', String(data.progress.done))
          .replace('{total}', String(data.progress.total));
      });
    }
    if (data.lesson_completed) {
      // The lesson's "Done" badge and footer, as the page shows them after a reload.
      document.querySelectorAll('[data-lesson-done]').forEach(function (badge) {
        badge.hidden = false;
      });
      document.querySelectorAll('[data-lesson-completed-text]').forEach(function (line) {
        var strong = document.createElement('strong');
        strong.textContent = line.dataset.lessonCompletedText;
        line.replaceChildren(strong);
      });
      markCurrentLessonDone();
    }
    document.dispatchEvent(new CustomEvent('intervisor:h5p-result', { detail: data }));
  }

  // Statements go one after another through the block's queue: "attempted" always precedes
  // its score, and a state save never races a statement. A scored answer is recorded by the
  // time the server answers: the answer carries its outcome.
  function sendStatement(entry, statement) {
    var block = entry.block;
    entry.queue = entry.queue.then(function () {
      return post(block, block.dataset.xapiUrl, { statement: statement })
        .then(function (outcome) {
          if (outcome.status === 'refused') {
            showStatus(block, outcome.error, true);
          } else {
            showOutcome(block, outcome);
          }
        })
        .catch(function (error) {
          showStatus(block, block.dataset.textError + ': ' + error.message, true);
        });
    });
  }

  function setup(block) {
    if (block.dataset.h5pReady) {
      return;
    }
    block.dataset.h5pReady = '1';
    var entry = {
      block: block,
      iframe: block.querySelector('iframe'),
      initialised: false,
      queue: Promise.resolve() // see sendStatement
    };
    frames.push(entry);
    // The player may have finished announcing itself before this script ran.
    entry.iframe.addEventListener('load', function () {
      handle(entry, { type: 'ready' });
    });
  }

  function handle(entry, data) {
    var block = entry.block;
    if (data.type === 'ready' && !entry.initialised) {
      entry.initialised = true;
      fetch(block.dataset.stateUrl, { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : { state: null }; })
        .catch(function () { return { state: null }; })
        .then(function (saved) {
          // The sandboxed frame has an opaque origin, which cannot be named as a target.
          entry.iframe.contentWindow.postMessage(
            { source: 'intervisor-h5p-host', type: 'init', state: saved.state || null }, '*'
          );
        });
    }
    else if (data.type === 'xapi' && data.statement) {
      sendStatement(entry, data.statement);
    }
    else if (data.type === 'state' && typeof data.state === 'string') {
      entry.queue = entry.queue.then(function () {
        return post(block, block.dataset.stateUrl, { state: data.state }).catch(function () {});
      });
    }
    else if (data.type === 'resize' && typeof data.height === 'number') {
      var height = Math.max(200, Math.min(Math.round(data.height), 4000));
      entry.iframe.setAttribute('height', String(height));
    }
    else if (data.type === 'error') {
      showStatus(block, String(data.message || ''), true);
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== 'intervisor-h5p' || event.origin !== 'null') {
      return;
    }
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].iframe && frames[i].iframe.contentWindow === event.source) {
        handle(frames[i], data);
        return;
      }
    }
  });

  window.intervisorH5PBridge = {
    scan: function () {
      document.querySelectorAll('[data-h5p-block]').forEach(setup);
    }
  };
  window.intervisorH5PBridge.scan();
})();
