// The voting page: vote through the JSON API with the session cookie and the page's CSRF token,
// reveal the models; "Next battle" reloads the page, which issues the next battle. A pairwise
// battle is voted with four buttons; a battle of K answers by giving each answer a rank (equal
// ranks tie) and submitting the ranking. Every text goes in with textContent: never as HTML.
'use strict';
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('battle');
  if (!root) { return; }
  var url = '/api/v1/arenas/' + encodeURIComponent(root.dataset.arena) + '/battles/'
      + encodeURIComponent(root.dataset.battle) + '/vote';
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var buttons = Array.prototype.slice.call(document.querySelectorAll('#votes button'));
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-side]'));
  var result = document.getElementById('result');
  var next = document.getElementById('next');
  var error = document.getElementById('error');
  var labels = { a: 'A is better', b: 'B is better', tie: 'a tie', both_bad: 'both are bad' };

  function enable(on) {
    buttons.forEach(function (b) { b.disabled = !on; });
    selects.forEach(function (s) { s.disabled = !on; });
    if (on && selects.length) { ranked(); }
  }
  // The ranking button waits until every answer has a rank.
  function ranked() {
    var complete = selects.every(function (s) { return s.value !== ''; });
    document.getElementById('vote-ranking').disabled = !complete;
    return complete;
  }
  // Sides in tied groups, best first: [['c'], ['a', 'b'], ['d']].
  function ranking() {
    var byRank = {};
    selects.forEach(function (s) { (byRank[s.value] = byRank[s.value] || []).push(s.dataset.side); });
    return Object.keys(byRank).map(Number).sort(function (x, y) { return x - y; })
        .map(function (rank) { return byRank[rank]; });
  }
  function describe(vote) {
    if (vote.outcome) {
      return 'You voted ' + labels[vote.outcome] + '. A was ' + vote.a.name + ', B was ' + vote.b.name + '.';
    }
    return 'Your ranking: ' + vote.ranking.map(function (group) {
      return group.map(function (side) { return side.toUpperCase() + ' (' + vote[side].name + ')'; }).join(' = ');
    }).join(' > ') + '.';
  }
  function send(body) {
    enable(false);
    error.hidden = true;
    fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.detail || response.statusText); }
        return json;
      });
    }).then(function (vote) {
      vote.ranking.forEach(function (group) {
        group.forEach(function (side) {
          document.getElementById('model-' + side).textContent = '— ' + vote[side].name;
        });
      });
      result.textContent = describe(vote);
      result.hidden = false;
      next.hidden = false;
      next.focus();
    }).catch(function (e) {
      enable(true);
      error.textContent = 'Something went wrong: ' + e.message;
      error.hidden = false;
    });
  }

  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      send(button.dataset.outcome ? { outcome: button.dataset.outcome } : { ranking: ranking() });
    });
  });
  selects.forEach(function (s) { s.addEventListener('change', ranked); });
  next.addEventListener('click', function () {
    next.disabled = true;
    window.location.reload();
  });
});
