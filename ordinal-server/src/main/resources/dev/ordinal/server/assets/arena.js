// The voting page: vote through the JSON API with the session cookie and the page's CSRF token,
// reveal the models, fetch the next battle. Every text goes in with textContent: never as HTML.
'use strict';
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('battle');
  if (!root) { return; }
  var arena = root.dataset.arena;
  var battle = root.dataset.battle;
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var buttons = Array.prototype.slice.call(document.querySelectorAll('#votes button'));
  var result = document.getElementById('result');
  var next = document.getElementById('next');
  var error = document.getElementById('error');
  var labels = { a: 'A is better', b: 'B is better', tie: 'a tie', both_bad: 'both are bad' };
  var base = '/api/v1/arenas/' + encodeURIComponent(arena) + '/battles';

  function text(id, value) { document.getElementById(id).textContent = value; }
  function post(url, body) {
    return fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: body === undefined ? '' : JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.detail || response.statusText); }
        return json;
      });
    });
  }
  function fail(e) { error.textContent = 'Something went wrong: ' + e.message; error.hidden = false; }

  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      buttons.forEach(function (b) { b.disabled = true; });
      error.hidden = true;
      post(base + '/' + encodeURIComponent(battle) + '/vote', { outcome: button.dataset.outcome }).then(function (vote) {
        text('model-a', '— ' + vote.a.name);
        text('model-b', '— ' + vote.b.name);
        result.textContent = 'You voted ' + labels[vote.outcome] + '. A was ' + vote.a.name + ', B was ' + vote.b.name + '.';
        result.hidden = false;
        next.hidden = false;
        next.focus();
      }).catch(function (e) { buttons.forEach(function (b) { b.disabled = false; }); fail(e); });
    });
  });

  next.addEventListener('click', function () {
    next.disabled = true;
    error.hidden = true;
    post(base).then(function (fresh) {
      battle = String(fresh.battle);
      root.dataset.battle = battle;
      text('prompt', fresh.prompt.text);
      text('answer-a', fresh.a.response);
      text('answer-b', fresh.b.response);
      text('model-a', '');
      text('model-b', '');
      result.hidden = true;
      next.hidden = true;
      next.disabled = false;
      buttons.forEach(function (b) { b.disabled = false; });
      window.scrollTo(0, 0);
    }).catch(function (e) { next.disabled = false; fail(e); });
  });
});
