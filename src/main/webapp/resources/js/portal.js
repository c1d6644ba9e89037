/*
 * A file that never reached the server (the connection dropped, the server did not answer, the login session ended)
 * is said next to its upload widget, with its name. PrimeFaces alone leaves such a file waiting in its list without a
 * word. Every upload widget of the portal (documents, versions, agreements, proposals, target import) is covered.
 */
(function ($) {
    'use strict';
    if (!$) {
        return;
    }
    $(document).on('fileuploadfail', function (event, data) {
        if (data.errorThrown === 'abort') {
            return; // the person cancelled it
        }
        var widget = $(event.target).closest('.ui-fileupload');
        var note = widget.next('.upload-transport-error');
        if (!note.length) {
            note = $('<p class="upload-transport-error" role="alert"></p>').insertAfter(widget);
        }
        var names = note.data('names') || [];
        $.each(data.files || [], function (i, file) {
            if ($.inArray(file.name, names) < 0) {
                names.push(file.name);
            }
        });
        note.data('names', names);
        note.text((document.body.getAttribute('data-upload-transport-error') || '').replace('{0}', names.join(', ')));
        note.prop('hidden', false);
    });
}(window.jQuery));
