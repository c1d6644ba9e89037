/*
 * Leaving the plan's section editor or its targets table with unsaved changes asks first: a link or button of the
 * portal that leaves the page asks in the portal's own confirmation dialog (the layout's global p:confirmDialog, its
 * buttons in the page's language), with the portal's sentence (data-header and data-message of
 * .portal-unsaved-guard); "Yes" goes on with what was clicked, "No" (or closing the dialog) stays. The browser asks
 * on reload, on closing the tab or on typing another address (beforeunload: browsers allow only their own question
 * there).
 *
 * What counts as unsaved: each form marked .portal-guarded has a baseline, the state of its fields (and rich-text
 * editors) as shown saved, taken when the person first touches the form (a key, a click, a focus: by then the
 * editors have drawn themselves). The form carries data-guard-key (which section, or the table) and data-revision
 * (the revision the server shows it at). When an update brings a form at a new revision (it was saved, reloaded or
 * imported), its baseline goes and is taken again at the next touch; at the same revision (a refused save, an added
 * row) the baseline stays, so the changes still count. Nothing changed, or everything saved: nobody is asked.
 */
(function ($) {
    'use strict';
    if (!$) {
        return;
    }

    var baselines = {};
    var leaving = false;
    var skipNext = false;

    function guarded() {
        return document.querySelectorAll('form.portal-guarded');
    }

    function keyOf(form) {
        return form.getAttribute('data-guard-key') || form.id;
    }

    /** The values a person can change, by name relative to the form (ids shift when sections move). */
    function state(form) {
        var parts = [];
        var prefix = form.id;
        $(form).find('input, textarea, select').each(function () {
            var type = (this.type || '').toLowerCase();
            if (!this.name || type === 'hidden' || type === 'file' || type === 'submit' || type === 'button'
                || $(this).closest('.unsaved-ignore').length) {
                return;
            }
            if ((type === 'checkbox' || type === 'radio') && !this.checked) {
                return;
            }
            var name = this.name.indexOf(prefix) === 0 ? this.name.substring(prefix.length) : this.name;
            parts.push(name + '=' + this.value);
        });
        $(form).find('.ql-editor').each(function (i) {
            var html = this.innerHTML;
            parts.push('editor' + i + '=' + (html === '<p><br></p>' ? '' : html));
        });
        return parts.join('\u0001');
    }

    /** The baseline of a form the person is about to change, unless it has one at its revision. */
    function touched(form) {
        var key = keyOf(form);
        var revision = form.getAttribute('data-revision');
        var known = baselines[key];
        if (!known || known.revision !== revision) {
            baselines[key] = {revision: revision, state: state(form)};
        }
    }

    /** After an update: a form now at another revision is saved as shown; its baseline is taken again when touched. */
    function updated() {
        guarded().forEach(function (form) {
            var known = baselines[keyOf(form)];
            if (known && known.revision !== form.getAttribute('data-revision')) {
                delete baselines[keyOf(form)];
            }
        });
    }

    ['focusin', 'mousedown', 'keydown', 'paste', 'drop'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var form = event.target instanceof Element ? event.target.closest('form.portal-guarded') : null;
            if (form) {
                touched(form);
            }
        }, true);
    });

    function dirty() {
        var found = false;
        guarded().forEach(function (form) {
            var known = baselines[keyOf(form)];
            if (known && known.state !== state(form)) {
                found = true;
            }
        });
        return found;
    }

    function guardText(name) {
        var guard = document.querySelector('.portal-unsaved-guard');
        return guard ? guard.getAttribute('data-' + name) || '' : '';
    }

    function message() {
        return guardText('message');
    }

    /**
     * The link or button that leaves the page (menu, brand, language, logout, other pages) the click is on; null for
     * one inside the forms, the tabs, the editor's tools, a date picker or a dialog.
     */
    function leavingElement(element) {
        if (element.closest('.portal-guarded, .ui-tabs-nav, .ql-toolbar, .ql-tooltip, .ui-datepicker, .ui-dialog')) {
            return null;
        }
        // the logout button and the language links (command links: in PrimeFaces' CSP mode their handler is not an
        // onclick attribute) leave or reload the page
        var command = element.closest('.portal-logout button, .portal-language a');
        if (command) {
            return command;
        }
        var link = element.closest('a');
        if (!link) {
            return null;
        }
        var href = link.getAttribute('href');
        if (!href || link.target === '_blank' || link.hasAttribute('download')) {
            return null;
        }
        return href.charAt(0) !== '#' || link.hasAttribute('onclick') ? link : null;
    }

    /** Goes on with the click that was held back: asked once, so neither this script nor the browser asks again. */
    function proceed(element) {
        leaving = true;
        setTimeout(function () { leaving = false; }, 3000);
        element.click();
    }

    /**
     * Asks in the portal's confirmation dialog; without it (PrimeFaces not loaded), the browser's. The dialog is the
     * one the page's p:confirm buttons use: what this question binds to it is undone when it closes, however it closes.
     */
    function ask(element) {
        var dialog = window.PrimeFaces && PrimeFaces.confirmDialog;
        if (!dialog) {
            if (window.confirm(message())) {
                proceed(element);
            }
            return;
        }
        var pending = element;
        var onHide = dialog.cfg.onHide;
        var applyFocus = dialog.applyFocus;
        // "No" has the focus (the dialog would give it to "Yes"): Enter keeps the changes
        dialog.applyFocus = function () {
            dialog.noButton.trigger('focus');
        };
        dialog.cfg.onHide = function () {
            dialog.cfg.onHide = onHide;
            dialog.applyFocus = applyFocus;
            dialog.jq.off('click.portal-unsaved');
            if (onHide) {
                onHide.apply(this, arguments);
            }
        };
        dialog.jq.off('click.portal-unsaved').on('click.portal-unsaved', '.ui-confirmdialog-yes', function () {
            var go = pending;
            pending = null;
            dialog.hide();
            if (go) {
                proceed(go);
            }
        }).on('click.portal-unsaved', '.ui-confirmdialog-no', function () {
            pending = null;
        });
        PrimeFaces.confirmSource = null; // no command of a p:confirm button: "Yes" is this question's
        dialog.showMessage({header: guardText('header'), message: message(), icon: 'pi pi-exclamation-triangle', escape: true});
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (!(target instanceof Element)) {
            return;
        }
        if (target.closest('.unsaved-skip')) {
            skipNext = true; // a download from the form: the page stays
            setTimeout(function () { skipNext = false; }, 3000);
            return;
        }
        if (leaving) {
            return;
        }
        var element = leavingElement(target);
        if (!element || !dirty()) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        ask(element);
    }, true);

    window.addEventListener('beforeunload', function (event) {
        if (leaving || skipNext) {
            return;
        }
        if (dirty()) {
            event.preventDefault();
            event.returnValue = message();
        }
    });

    $(document).on('pfAjaxComplete', updated);

    window.PortalUnsaved = {dirty: dirty};
})(window.jQuery);
