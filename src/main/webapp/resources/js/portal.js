/*
 * What PrimeFaces' upload widgets leave unsaid, said next to the widget until the page is left:
 * - a file that got no answer from the server (the connection dropped, the server did not answer, the login session
 *   ended): PrimeFaces alone leaves it waiting in its list without a word. Every upload widget of the portal
 *   (documents, versions, agreements, proposals, target import) is covered.
 * - a file over the size limit: every upload widget checks it with onAdd="PortalUploads.withinLimit(this, file,
 *   callback, #{uploadLimits...})", its limit from UploadLimits: it is not sent and is named, while the other files of
 *   the selection go on. (PrimeFaces' own sizeLimit checks the whole selection each time a file is added, so one file
 *   over the limit stops them all, and its message is wiped by the next file.)
 * The texts come from the page's language (data attributes on the body); file names are inserted as text, never markup.
 *
 * A widget with the class portal-upload-parallel (and sequential="false") sends PARALLEL_UPLOADS files at a time:
 * PrimeFaces has no attribute for the limit of its upload plugin (limitConcurrentUploads), so it is set when a file
 * is added, before that file is sent. Without the class a widget with sequential="false" would send every file at once.
 */
(function ($) {
    'use strict';
    if (!$) {
        return;
    }

    function text(key, values) {
        var template = document.body.getAttribute('data-' + key) || '';
        // a function as replacement: "$&" or "$'" in a file name stay as they are
        return template.replace(/\{(\d)\}/g, function (match, i) {
            return values[i];
        });
    }

    /** The note of the given kind right after the widget, made the first time. */
    function noteAfter(widget, kind, tag) {
        var note = widget.nextAll('.' + kind).first();
        if (!note.length) {
            note = $('<' + tag + ' role="alert"></' + tag + '>').addClass(kind).insertAfter(widget);
        }
        return note;
    }

    $(document).on('fileuploadfail', function (event, data) {
        if (data.errorThrown === 'abort') {
            return; // the person cancelled it
        }
        var note = noteAfter($(event.target).closest('.ui-fileupload'), 'upload-transport-error', 'p');
        var names = note.data('names') || [];
        $.each(data.files || [], function (i, file) {
            if ($.inArray(file.name, names) < 0) {
                names.push(file.name);
            }
        });
        note.data('names', names);
        note.text(text('upload-transport-error', [names.join(', ')]));
    });

    var PARALLEL_UPLOADS = 3;

    $(document).on('fileuploadadd', '.portal-upload-parallel', function () {
        var upload = $(this);
        if (upload.fileupload('option', 'limitConcurrentUploads') !== PARALLEL_UPLOADS) {
            upload.fileupload('option', {sequentialUploads: false, limitConcurrentUploads: PARALLEL_UPLOADS});
        }
    });

    /*
     * Each file's answer draws the list of results as the server had it when that file was handled; with three files
     * in flight the answers can arrive in another order than the server handled them, so the last one drawn may miss a
     * file handled after it. When the widget's last file is done, its list is drawn once more from the server
     * (the data-refresh of an element around the widget names a p:remoteCommand that updates it).
     */
    $(document).on('fileuploadstop', '.portal-upload-parallel', function () {
        var refresh = $(this).closest('[data-refresh]').attr('data-refresh');
        if (refresh && typeof window[refresh] === 'function') {
            window[refresh]();
        }
    });

    window.PortalUploads = {
        /** The widget's onAdd: a file within the limit goes on to the upload list, one over it is named and left out. */
        withinLimit: function (widget, file, callback, maxBytes) {
            if (file.size <= maxBytes) {
                callback(file);
                return;
            }
            var list = noteAfter(widget.jq, 'upload-refused', 'ul');
            var limit = text('upload-too-large', []).replace('%d', Math.floor(maxBytes / (1024 * 1024)));
            $('<li></li>').text(text('upload-refused', [file.name, limit])).appendTo(list);
        }
    };

    /*
     * The editor's own words in the page's language: Quill writes them in its stylesheet, in English; portal.css reads
     * them from custom properties, set here from the body's data-editor-* attributes (the bundles).
     */
    $.each(['normal', 'heading2', 'heading3', 'visit-link', 'enter-link', 'edit', 'save', 'remove'], function (i, name) {
        var words = document.body.getAttribute('data-editor-' + name);
        if (words) {
            document.documentElement.style.setProperty('--editor-' + name, JSON.stringify(words));
        }
    });

    /*
     * A long text field (data-limit="N") shows how much is typed of how much is allowed, under it, and turns red over
     * the limit; nothing is cut: the server refuses the text with a message naming the field, and the text stays.
     */
    var numbers = new Intl.NumberFormat(document.documentElement.lang || 'vi');

    function count(field) {
        var limit = parseInt(field.getAttribute('data-limit'), 10);
        // counted as the server counts what the browser sends: a line break is sent as two characters
        var typed = (field.value || '').replace(/\r?\n/g, '\r\n').length;
        var counter = $(field).nextAll('.portal-counter').first();
        // a one-line field (a title) shows its counter once four fifths of the limit are typed; a text area always
        if (field.tagName === 'INPUT' && typed < limit * 0.8) {
            counter.remove();
            return;
        }
        if (!counter.length) {
            counter = $('<span class="portal-counter" aria-live="polite"></span>').insertAfter(field);
        }
        var over = typed > limit;
        counter.toggleClass('portal-over', over)
            .text(text(over ? 'counter-over' : 'counter', [numbers.format(typed), numbers.format(limit)]));
    }

    function countAll() {
        $('textarea[data-limit], input[data-limit]').each(function () {
            count(this);
        });
    }

    $(document).on('input', 'textarea[data-limit], input[data-limit]', function () {
        count(this);
    });
    $(countAll);
    $(document).on('pfAjaxComplete', countAll);

    /*
     * A date the server could not read stays as typed: PrimeFaces' date picker empties a text it cannot parse when it
     * is drawn again, though the page sent it back (value="abc", aria-invalid) beside its message; it is put back so
     * that the person sees what was wrong and corrects it.
     */
    function keepUnreadDates() {
        $('input.hasDatepicker[aria-invalid=true]').each(function () {
            var typed = this.getAttribute('value');
            if (typed && !this.value) {
                this.value = typed;
            }
        });
    }

    $(keepUnreadDates);
    $(document).on('pfAjaxComplete', function () {
        setTimeout(keepUnreadDates, 0);
    });

    /*
     * An ajax request (a form sent, a button pressed) that got no answer the page can use: the server died while it was
     * in flight (the load balancer answers 502), timed out, the connection dropped, or the server no longer holds the
     * page (it expired: the note then says to reload instead of trying again). PrimeFaces alone changes nothing
     * on the page, so the person would believe the change was saved. Said at the top of the page in its language, in
     * the look of the page's messages; what was typed stays in the form (a failed request redraws nothing), and the
     * next answer that arrives (the retry) takes the note away. A request cut short because the page is being left is
     * no failure.
     */
    var leaving = false;
    $(window).on('pagehide beforeunload', function () {
        leaving = true;
    });

    $(document).on('pfAjaxError', function (event, xhr, settings, errorThrown) {
        if (leaving || errorThrown === 'abort' || (xhr && xhr.statusText === 'abort')) {
            return;
        }
        var note = $('#ajax-failure');
        if (!note.length) {
            note = $('<div id="ajax-failure" class="ui-messages ui-widget portal-ajax-failure" role="alert" aria-live="assertive">'
                + '<div class="ui-messages-error ui-corner-all"><span class="ui-messages-error-icon"></span>'
                + '<ul><li><span class="ui-messages-error-summary"></span></li></ul></div></div>');
            var messages = $('#messages');
            if (messages.length) {
                note.insertAfter(messages);
            } else {
                note.prependTo($('main').first().length ? $('main').first() : $(document.body));
            }
        }
        // a page the server no longer holds (expired, or lost with an instance that died just after drawing it): trying
        // again would meet the same answer, so the note says to reload (the error page names itself in X-Portal-Error)
        var expired = xhr && xhr.getResponseHeader && xhr.getResponseHeader('X-Portal-Error') === 'expired';
        note.find('.ui-messages-error-summary').text(text(expired ? 'ajax-expired' : 'ajax-failed', []));
        // PrimeFaces ends a button's busy state only when an answer arrived: after a failure its button would stay
        // disabled with the spinner, and the person could not try again; once PrimeFaces is done with the request
        // (after its own complete handlers) the buttons no longer waiting for any request are usable again
        setTimeout(function () {
            $('.ui-button.ui-state-loading').each(function () {
                var widget = window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(this.id) : null;
                if (widget && widget.ajaxCount > 0) {
                    return; // another request of this button is still on its way
                }
                var button = $(this).removeClass('ui-state-loading');
                button.find('.ui-icon-loading').remove();
                if (widget && typeof widget.enable === 'function') {
                    widget.enable();
                } else {
                    button.prop('disabled', false).removeClass('ui-state-disabled').attr('aria-disabled', 'false');
                }
            });
        }, 0);
    });

    $(document).on('pfAjaxSuccess', function () {
        $('#ajax-failure').remove();
    });
}(window.jQuery));

/*
 * A phone (below 768 px): the menu button shows and hides the menu, the user and the language (a class on the body);
 * a button with data-toggles="ID" shows and hides the element ID (the library's filters, the search facets). On a
 * desktop the CSS shows them all and hides the buttons. (Event handlers here, not in the markup: the CSP forbids inline
 * handlers.)
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('#menu-button, [data-toggles]') : null;
        if (!button) {
            return;
        }
        var open;
        if (button.id === 'menu-button') {
            open = document.body.classList.toggle('portal-menu-open');
        } else {
            var target = document.getElementById(button.getAttribute('data-toggles'));
            if (!target) {
                return;
            }
            open = target.classList.toggle('portal-open');
        }
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
}());
