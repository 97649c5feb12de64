/*
 * Runs on the player origin, inside the lesson's iframe sandbox="allow-scripts" (an opaque
 * origin). It waits for the lesson page to send the learner's saved state, starts the
 * h5p-standalone player in "div" mode (this page already is the isolating frame), and passes
 * xAPI statements, state and size changes to the lesson page by postMessage. It never talks
 * to the site's server itself: it has no cookies and no credentials.
 */
(function () {
  'use strict';

  // Without allow-same-origin, touching localStorage throws; H5P core uses it for its
  // clipboard and offline queue, so give it a memory-only stand-in.
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; }
    };
  }
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    try {
      if (window[name]) {
        return;
      }
    }
    catch (error) { /* sandboxed: replaced below */ }
    Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
  });

  var config = JSON.parse(document.getElementById('h5p-player-config').textContent);
  var siteOrigin = config.siteOrigin;
  var started = false;
  var lastState = null;

  function send(type, payload) {
    var message = Object.assign({ source: 'intervisor-h5p', type: type }, payload || {});
    window.parent.postMessage(message, siteOrigin);
  }

  function currentInstance() {
    return window.H5P && H5P.instances && H5P.instances[0];
  }

  function saveState() {
    var instance = currentInstance();
    if (!instance || typeof instance.getCurrentState !== 'function') {
      return;
    }
    var state = instance.getCurrentState();
    if (state === undefined) {
      return;
    }
    var serialised = JSON.stringify(state);
    if (serialised !== lastState) {
      lastState = serialised;
      send('state', { state: serialised });
    }
  }

  // Measured on the content, not the document: the document is at least as tall as the
  // frame, so it could only ever grow.
  function reportSize() {
    var container = document.getElementById('h5p-container');
    var margin = document.body.getBoundingClientRect().top * 2 + 2;
    send('resize', { height: Math.ceil(container.getBoundingClientRect().height + margin) });
  }

  function start(state) {
    var options = {
      id: config.contentId,
      title: config.title,
      h5pJsonPath: config.h5pJsonPath,
      librariesPath: config.librariesPath,
      frameJs: config.frameJs,
      frameCss: config.frameCss,
      embedType: 'div',
      xAPIObjectIRI: config.xAPIObjectIRI,
      // H5P core hands the saved state to the content only when saveFreq is set; it has no
      // user or URL to save to, so its own timer stores nothing and we post the state.
      saveFreq: 30,
      frame: false,
      copyright: false,
      export: false,
      embed: false,
      icon: false,
      fullScreen: false,
      assetsRequestFetchOptions: { credentials: 'omit' }
    };
    if (typeof state === 'string' && state) {
      lastState = state;
      options.contentUserData = [{ state: state }];
    }
    new H5PStandalone.H5P(document.getElementById('h5p-container'), options).then(function () {
      H5P.externalDispatcher.on('xAPI', function (event) {
        // State first: the lesson page sends requests in order, so by the time a score is
        // confirmed the answer that earned it is saved too.
        saveState();
        send('xapi', { statement: event.data.statement });
      });
      if (window.ResizeObserver) {
        new ResizeObserver(reportSize).observe(document.getElementById('h5p-container'));
      }
      reportSize();
      window.setInterval(saveState, 5000);
      send('loaded');
    }).catch(function (error) {
      send('error', { message: String(error && error.message ? error.message : error) });
    });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== siteOrigin) {
      return;
    }
    var data = event.data || {};
    if (data.source !== 'intervisor-h5p-host' || data.type !== 'init' || started) {
      return;
    }
    started = true;
    // The answer can arrive before main.bundle.js (loaded after this script) has run.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { start(data.state); });
    }
    else {
      start(data.state);
    }
  });

  // The lesson page may attach its listener after this frame loads (a slow page): repeat
  // until answered, often at first and then every two seconds.
  var tries = 0;
  (function announce() {
    if (started) {
      return;
    }
    tries += 1;
    send('ready');
    window.setTimeout(announce, tries < 40 ? 250 : 2000);
  })();
})();
