/*
 * Scanning tickets with the camera at the door, where the browser can read QR codes itself (BarcodeDetector,
 * e.g. Chrome on Android). Elsewhere the button stays hidden and the code is typed or the name searched.
 */
(function () {
    'use strict';
    var button = document.getElementById('scan');
    var video = document.getElementById('scan-video');
    var field = document.getElementById('door:code');
    var submit = document.getElementById('door:check');
    if (!button || !video || !field || !submit || !('BarcodeDetector' in window)
            || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        return;
    }
    button.hidden = false;
    var stream = null;

    function stop() {
        if (stream) {
            stream.getTracks().forEach(function (t) { t.stop(); });
            stream = null;
        }
        video.hidden = true;
    }

    button.addEventListener('click', function () {
        var detector = new window.BarcodeDetector({formats: ['qr_code']});
        navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (s) {
            stream = s;
            video.srcObject = s;
            video.hidden = false;
            video.play();
            var look = function () {
                if (!stream) {
                    return;
                }
                detector.detect(video).then(function (codes) {
                    if (codes.length > 0) {
                        field.value = codes[0].rawValue;
                        stop();
                        submit.click();
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
