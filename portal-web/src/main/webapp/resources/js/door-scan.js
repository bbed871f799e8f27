/*
 * Scanning tickets with the camera at the door. The browser's own QR reader (BarcodeDetector, e.g. Chrome on
 * Android) is used where there is one, else jsQR (vendor/jsQR.js) reads the camera's frames. Without a
 * camera the button stays hidden and the code is typed or the name searched.
 */
(function () {
    'use strict';
    var button = document.getElementById('scan');
    var video = document.getElementById('scan-video');
    var field = document.getElementById('door:code');
    var submit = document.getElementById('door:check');
    var native = 'BarcodeDetector' in window;
    if (!button || !video || !field || !submit || !(native || typeof window.jsQR === 'function')
            || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        return;
    }
    button.hidden = false;
    var stream = null;
    var canvas = document.createElement('canvas');

    function stop() {
        if (stream) {
            stream.getTracks().forEach(function (t) { t.stop(); });
            stream = null;
        }
        video.hidden = true;
    }

    function found(code) {
        field.value = code;
        stop();
        submit.click();
    }

    /** One frame: the QR code's text, or null. */
    function read() {
        if (native) {
            return new window.BarcodeDetector({formats: ['qr_code']}).detect(video).then(function (codes) {
                return codes.length > 0 ? codes[0].rawValue : null;
            });
        }
        var w = video.videoWidth;
        var h = video.videoHeight;
        if (!w || !h) {
            return Promise.resolve(null);
        }
        canvas.width = w;
        canvas.height = h;
        var context = canvas.getContext('2d');
        context.drawImage(video, 0, 0, w, h);
        var result = window.jsQR(context.getImageData(0, 0, w, h).data, w, h, {inversionAttempts: 'dontInvert'});
        return Promise.resolve(result ? result.data : null);
    }

    button.addEventListener('click', function () {
        navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (s) {
            stream = s;
            video.srcObject = s;
            video.hidden = false;
            video.play();
            var look = function () {
                if (!stream) {
                    return;
                }
                read().then(function (code) {
                    if (code) {
                        found(code);
                    } else {
                        window.setTimeout(look, 250);
                    }
                }).catch(function () { window.setTimeout(look, 500); });
            };
            look();
        }).catch(function () {
            stop();
            field.focus();
        });
    });
    window.addEventListener('pagehide', stop);
}());
