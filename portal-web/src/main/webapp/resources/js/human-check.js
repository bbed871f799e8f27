/*
 * The human check of guest forms (WEB-INF/tags/humanCheck.xhtml): finds the number whose SHA-256 with the salt is
 * the challenge (ALTCHA-style proof of work, Web Crypto, in batches so the page stays responsive) and puts
 * "salt|number|signature" into the hidden field. The live status says what happens; a submit before the number is
 * found waits for it and then goes on with the same button. Without Web Crypto (a page not served over HTTPS or
 * localhost) the status says so and the server asks its question instead.
 */
(function () {
    'use strict';

    var BATCH = 500;

    // before the page is painted: the question for browsers without JavaScript stays hidden (portal.css)
    document.documentElement.classList.add('human-check-js');

    function hex(buffer) {
        var bytes = new Uint8Array(buffer);
        var out = '';
        for (var i = 0; i < bytes.length; i++) {
            out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
        }
        return out;
    }

    function solve(salt, challenge, max) {
        var encoder = new TextEncoder();
        function batch(from) {
            if (from > max) {
                return Promise.resolve(null);
            }
            var to = Math.min(max, from + BATCH - 1);
            var hashes = [];
            for (var n = from; n <= to; n++) {
                hashes.push(crypto.subtle.digest('SHA-256', encoder.encode(salt + n)));
            }
            return Promise.all(hashes).then(function (results) {
                for (var i = 0; i < results.length; i++) {
                    if (hex(results[i]) === challenge) {
                        return from + i;
                    }
                }
                return batch(to + 1);
            });
        }
        return batch(0);
    }

    function start(box) {
        var form = box.closest('form');
        var field = form && form.querySelector('input[type="hidden"][name="' + box.getAttribute('data-human-check') + '"]');
        var status = box.querySelector('[role="status"]');
        var question = box.querySelector('.human-check__question');
        if (!field || !status) {
            return;
        }
        var done = false;
        var waiting = null;
        field.value = '';
        status.textContent = box.getAttribute('data-checking');
        var work = window.crypto && window.crypto.subtle
            ? solve(box.getAttribute('data-salt'), box.getAttribute('data-challenge'), Number(box.getAttribute('data-max')))
            : Promise.resolve(null);
        work.catch(function () {
            return null;
        }).then(function (number) {
            done = true;
            if (number === null) {
                status.textContent = box.getAttribute('data-failed');
                if (question) {
                    question.classList.add('human-check__question--shown');
                }
            } else {
                field.value = box.getAttribute('data-salt') + '|' + number + '|' + box.getAttribute('data-signature');
                status.textContent = box.getAttribute('data-done');
            }
            if (waiting) {
                var button = waiting;
                waiting = null;
                if (form.requestSubmit) {
                    form.requestSubmit(button);
                } else {
                    button.click();
                }
            }
        });
        form.addEventListener('submit', function (event) {
            if (done) {
                return;
            }
            event.preventDefault();
            waiting = event.submitter || form.querySelector('[type="submit"]');
            status.textContent = box.getAttribute('data-waiting');
        });
    }

    function init() {
        var boxes = document.querySelectorAll('[data-human-check]');
        for (var i = 0; i < boxes.length; i++) {
            start(boxes[i]);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
