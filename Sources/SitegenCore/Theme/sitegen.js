// sitegen progressive enhancement. The pages work fully without it.
(function () {
  "use strict";
})();
