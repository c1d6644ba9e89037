/*
 * The bell in the header (issue 14): the number of unread notifications, kept up to date without a reload by a cheap
 * poll of GET /notifications/unread-count (a plain servlet answering {"unread": n} from one indexed count; it works
 * with the browser's session, which the REST API refuses on purpose).
 * - every data-poll-seconds (30) while the page is visible; nothing while the tab is hidden
 *   (document.visibilityState), and a poll at once when it is shown again;
 * - after a failure (server down, database down) the interval doubles, up to 10 minutes, and is back to normal after
 *   the first answer;
 * - the session ended (the answer is a redirect to the login, or 401/403): the poll stops; the next page the person
 *   opens asks them to log in;
 * - nothing done on the page for data-idle-minutes (25): the poll stops until the next key, click, touch or scroll, so
 *   that an unattended page does not keep its session (30 minutes) alive for ever.
 * The words (aria-label, title) come from the bell's data attributes (the bundles, in the page's language).
 */
(function () {
    'use strict';
    var bell = document.getElementById('bell');
    if (!bell || !window.fetch) {
        return;
    }
    var count = bell.querySelector('.portal-bell-count');
    var status = document.getElementById('bell-status');
    var base = parseInt(bell.getAttribute('data-poll-seconds'), 10) * 1000 || 30000;
    var idleLimit = (parseInt(bell.getAttribute('data-idle-minutes'), 10) || 25) * 60000;
    var maxDelay = 600000;
    var delay = base;
    var timer = null;
    var lastPoll = Date.now();
    var lastActivity = Date.now();
    var stopped = false;
    var inFlight = false;
    var numbers = new Intl.NumberFormat(document.documentElement.lang || 'vi');

    function words(n) {
        var template = bell.getAttribute(n > 0 ? 'data-label-some' : 'data-label-none') || '';
        return template.replace('{0}', numbers.format(n));
    }

    function show(n) {
        var before = parseInt(bell.getAttribute('data-unread'), 10) || 0;
        bell.setAttribute('data-unread', String(n));
        bell.classList.toggle('portal-bell-unread', n > 0);
        count.textContent = n > 99 ? '99+' : numbers.format(n);
        count.hidden = n === 0;
        bell.setAttribute('aria-label', words(n));
        bell.setAttribute('title', words(n));
        if (status && n > before) {
            status.textContent = words(n); // said once by a screen reader, when new ones arrive
        }
    }

    function schedule() {
        clearTimeout(timer);
        timer = null;
        if (!stopped && document.visibilityState === 'visible' && Date.now() - lastActivity < idleLimit) {
            timer = setTimeout(poll, delay);
        }
    }

    function poll() {
        timer = null;
        if (stopped || inFlight) {
            return;
        }
        if (Date.now() - lastActivity >= idleLimit) {
            return; // resumed by the next activity
        }
        inFlight = true;
        lastPoll = Date.now();
        fetch(bell.getAttribute('data-count-url'), {
            credentials: 'same-origin', redirect: 'manual', cache: 'no-store', headers: {'Accept': 'application/json'}
        }).then(function (response) {
            if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
                stopped = true; // the session ended: a redirect to the login is no answer to show
                return null;
            }
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.json();
        }).then(function (body) {
            if (body && typeof body.unread === 'number') {
                show(body.unread);
            }
            delay = base;
        }).catch(function () {
            delay = Math.min(delay * 2, maxDelay);
        }).then(function () {
            inFlight = false;
            schedule();
        });
    }

    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') {
            if (Date.now() - lastPoll >= base) {
                poll();
            } else {
                schedule();
            }
        } else {
            clearTimeout(timer);
            timer = null;
        }
    });

    function active() {
        var wasIdle = Date.now() - lastActivity >= idleLimit;
        lastActivity = Date.now();
        if (wasIdle && !timer && !inFlight) {
            poll();
        }
    }

    ['keydown', 'pointerdown', 'touchstart', 'wheel', 'scroll'].forEach(function (type) {
        window.addEventListener(type, active, {passive: true, capture: true});
    });

    // a page that changes the count itself (the notification page's "mark all read", a filter) tells it in its
    // answer: an element with data-bell-unread, read after each ajax update, without another request
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            var now = document.querySelector('[data-bell-unread]');
            if (now) {
                show(parseInt(now.getAttribute('data-bell-unread'), 10) || 0);
            }
        });
    }

    show(parseInt(bell.getAttribute('data-unread'), 10) || 0);
    schedule();
}());
