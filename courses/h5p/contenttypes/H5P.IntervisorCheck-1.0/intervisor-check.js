/*
 * H5P.IntervisorCheck: one facilitation situation, one question, several options.
 * Every option scores a point when the learner judges it right (chosen if correct, left
 * alone if not), so the maximum score is the number of options. Emits the xAPI verbs
 * attempted (first interaction of an attempt), answered and completed (with the score).
 * Builds its DOM with textContent only: no HTML from the content parameters is parsed.
 */
var H5P = H5P || {};

H5P.IntervisorCheck = (function (EventDispatcher) {
  'use strict';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function IntervisorCheck(params, contentId, extras) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
    this.options = Array.isArray(this.params.options) ? this.params.options : [];
    this.l10n = Object.assign({
      check: 'Check',
      retry: 'Try again',
      score: 'You scored @score of @total.',
      chooseOne: 'Choose at least one option.'
    }, this.params.l10n || {});
    var correctCount = this.options.filter(function (option) { return option.correct; }).length;
    this.single = correctCount === 1;
    var state = (extras && extras.previousState) || {};
    var total = this.options.length;
    this.selected = Array.isArray(state.selected) ? state.selected.filter(function (index) {
      return Number.isInteger(index) && index >= 0 && index < total;
    }) : [];
    this.checked = Boolean(state.checked) && this.selected.length > 0;
    this.attemptStarted = this.selected.length > 0 && !this.checked;
  }

  IntervisorCheck.prototype = Object.create(EventDispatcher.prototype);
  IntervisorCheck.prototype.constructor = IntervisorCheck;

  IntervisorCheck.prototype.attach = function ($container) {
    var root = $container.get(0);
    root.classList.add('h5p-intervisor-check');
    root.textContent = '';
    this.root = root;
    if (this.params.situation) {
      root.appendChild(el('p', 'h5p-ic-situation', this.params.situation));
    }
    var fieldset = el('fieldset', 'h5p-ic-options');
    fieldset.appendChild(el('legend', 'h5p-ic-question', this.params.question || ''));
    this.inputs = [];
    this.feedback = [];
    var self = this;
    this.options.forEach(function (option, index) {
      var label = el('label', 'h5p-ic-option');
      var input = document.createElement('input');
      input.type = self.single ? 'radio' : 'checkbox';
      input.name = 'h5p-ic-' + self.contentId;
      input.value = String(index);
      input.checked = self.selected.indexOf(index) !== -1;
      input.addEventListener('change', function () { self.onChange(); });
      label.appendChild(input);
      label.appendChild(el('span', 'h5p-ic-option-text', option.text || ''));
      var feedback = el('span', 'h5p-ic-feedback');
      feedback.hidden = true;
      label.appendChild(feedback);
      fieldset.appendChild(label);
      self.inputs.push(input);
      self.feedback.push({ label: label, node: feedback });
    });
    root.appendChild(fieldset);
    this.message = el('p', 'h5p-ic-message');
    this.message.setAttribute('role', 'status');
    root.appendChild(this.message);
    var actions = el('div', 'h5p-ic-actions');
    this.checkButton = el('button', 'h5p-ic-button h5p-ic-check', this.l10n.check);
    this.checkButton.type = 'button';
    this.checkButton.addEventListener('click', function () { self.check(); });
    this.retryButton = el('button', 'h5p-ic-button h5p-ic-retry', this.l10n.retry);
    this.retryButton.type = 'button';
    this.retryButton.addEventListener('click', function () { self.resetTask(); });
    actions.appendChild(this.checkButton);
    actions.appendChild(this.retryButton);
    root.appendChild(actions);
    if (this.checked) {
      this.showResult();
    }
    else {
      this.retryButton.hidden = true;
    }
    this.trigger('resize');
  };

  IntervisorCheck.prototype.onChange = function () {
    this.selected = [];
    var self = this;
    this.inputs.forEach(function (input, index) {
      if (input.checked) {
        self.selected.push(index);
      }
    });
    this.message.textContent = '';
    if (!this.attemptStarted) {
      this.attemptStarted = true;
      this.triggerXAPI('attempted');
    }
  };

  IntervisorCheck.prototype.getScore = function () {
    var selected = this.selected;
    return this.options.reduce(function (sum, option, index) {
      var chosen = selected.indexOf(index) !== -1;
      return sum + (chosen === Boolean(option.correct) ? 1 : 0);
    }, 0);
  };

  IntervisorCheck.prototype.getMaxScore = function () {
    return this.options.length;
  };

  IntervisorCheck.prototype.getAnswerGiven = function () {
    return this.selected.length > 0;
  };

  IntervisorCheck.prototype.getCurrentState = function () {
    return { selected: this.selected.slice(), checked: this.checked };
  };

  IntervisorCheck.prototype.check = function () {
    if (!this.getAnswerGiven()) {
      this.message.textContent = this.l10n.chooseOne;
      return;
    }
    if (!this.attemptStarted) {
      this.attemptStarted = true;
      this.triggerXAPI('attempted');
    }
    this.checked = true;
    this.showResult();
    var score = this.getScore();
    var max = this.getMaxScore();
    var response = this.selected.join('[,]');
    var self = this;
    ['answered', 'completed'].forEach(function (verb) {
      var event = self.createXAPIEventTemplate(verb);
      event.setScoredResult(score, max, self, true, score === max);
      event.data.statement.result.response = response;
      self.trigger(event);
    });
  };

  IntervisorCheck.prototype.showResult = function () {
    var self = this;
    this.inputs.forEach(function (input, index) {
      var option = self.options[index];
      var chosen = self.selected.indexOf(index) !== -1;
      var right = chosen === Boolean(option.correct);
      input.disabled = true;
      var item = self.feedback[index];
      item.label.classList.toggle('h5p-ic-right', right);
      item.label.classList.toggle('h5p-ic-wrong', !right);
      if (option.feedback && (chosen || option.correct)) {
        item.node.textContent = option.feedback;
        item.node.hidden = false;
      }
    });
    this.message.textContent = this.l10n.score
      .replace('@score', String(this.getScore()))
      .replace('@total', String(this.getMaxScore()));
    this.checkButton.hidden = true;
    this.retryButton.hidden = false;
    this.trigger('resize');
  };

  IntervisorCheck.prototype.showSolutions = function () {
    this.checked = true;
    this.showResult();
  };

  IntervisorCheck.prototype.resetTask = function () {
    this.selected = [];
    this.checked = false;
    this.attemptStarted = false;
    var self = this;
    this.inputs.forEach(function (input, index) {
      input.checked = false;
      input.disabled = false;
      var item = self.feedback[index];
      item.label.classList.remove('h5p-ic-right', 'h5p-ic-wrong');
      item.node.hidden = true;
      item.node.textContent = '';
    });
    this.message.textContent = '';
    this.checkButton.hidden = false;
    this.retryButton.hidden = true;
    this.trigger('resize');
  };

  return IntervisorCheck;
})(H5P.EventDispatcher);
