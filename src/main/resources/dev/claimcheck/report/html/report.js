// claimcheck html report: selecting a claim's mark (focus, click or Enter) shows its card beside the
// text. Without this script the marks are links to the cards below, which hold the same content.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function show(badge) {
    var card = document.getElementById(badge.getAttribute('data-claim'));
    var panel = badge.closest('.article').querySelector('.panel');
    if (!card || !panel) {
      return;
    }
    var copy = card.cloneNode(true);
    copy.removeAttribute('id');
    copy.removeAttribute('tabindex');
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = 'Close';
    close.addEventListener('click', function () {
      panel.hidden = true;
      // Back to the mark, still marked selected so that regaining the focus does not reopen the panel.
      badge.focus({preventScroll: true});
      badge.classList.remove('selected');
    });
    panel.replaceChildren(close, copy);
    panel.setAttribute('data-shows', card.id);
    panel.hidden = false;
    document.querySelectorAll('.badge.selected').forEach(function (b) { b.classList.remove('selected'); });
    badge.classList.add('selected');
  }

  // A link to a claim (report.html#a1-c3) opens at its card, with the claim shown in the panel too.
  var linked = location.hash && document.querySelector('a.badge[data-claim="' + CSS.escape(location.hash.slice(1)) + '"]');
  if (linked) {
    show(linked);
  }

  document.addEventListener('focusin', function (event) {
    if (event.target.matches && event.target.matches('.badge') && !event.target.classList.contains('selected')) {
      show(event.target);
    }
  });
  document.addEventListener('keydown', function (event) {
    var open = event.key === 'Escape' && document.querySelector('.panel:not([hidden]) .close');
    if (open) {
      open.click();
    }
  });
  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    var badge = target && target.closest('.badge');
    var mark = target && target.closest('mark.q');
    if (!badge && mark) {
      // A click on marked text selects the first claim it belongs to.
      var first = mark.getAttribute('data-claims').split(' ')[0];
      var article = mark.closest('.article');
      badge = Array.prototype.find.call(article.querySelectorAll('.badge'), function (b) {
        return b.textContent.replace(/\D/g, '') === first;
      });
    }
    if (badge) {
      event.preventDefault();
      show(badge);
      badge.focus();
    }
  });
})();
