// Progressive enhancement: where the browser offers BarcodeDetector (Chrome on Android), a 扫码 button reads the
// Code 128 barcode of the pickup receipt with the camera and fills in the 受理号. Without it, the form is unchanged.
(function () {
  "use strict";
  var button = document.getElementById("scan");
  var video = document.getElementById("scan-video");
  var field = document.getElementById("acceptance_no");
  if (!button || !video || !field || !("BarcodeDetector" in window) || !navigator.mediaDevices) {
    return;
  }
  button.hidden = false;
  var stream = null;

  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
    }
    video.hidden = true;
    button.textContent = "扫码";
  }

  button.addEventListener("click", function () {
    if (stream) { stop(); return; }
    var detector = new window.BarcodeDetector({ formats: ["code_128"] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (media) {
      stream = media;
      video.srcObject = media;
      video.hidden = false;
      button.textContent = "停止";
      return video.play().then(function () {
        function look() {
          if (!stream) { return; }
          detector.detect(video).then(function (codes) {
            var found = codes.map(function (c) { return c.rawValue.replace(/\D/g, ""); })
              .filter(function (digits) { return digits.length === 22; })[0];
            if (found) {
              field.value = found;
              stop();
              document.getElementById("id_last4").focus();
            } else {
              window.setTimeout(look, 250);
            }
          }).catch(function () { window.setTimeout(look, 500); });
        }
        look();
      });
    }).catch(function () {
      stop();
      button.hidden = true;  // no camera, or permission refused: typing still works
    });
  });
})();
