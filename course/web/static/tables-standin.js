// Stands in for BokehJS's bokeh-tables bundle (88 KB compressed, a ninth of a first visit).
// No page of the app shows a data table, but panel.min.js requires the bundle when it loads:
// its Tabulator model declares a property as a list of TableColumn, a class it reads at once.
// This plugin gives that module name a TableColumn and nothing else, so Panel loads; a page
// that did receive a table model would fail with "unknown model" in the console, which the
// browser tests fail on (course/web/delivery.py).
(function (root) {
  "use strict";
  root.Bokeh.register_plugin({
    "amaan/tables-standin": function (require, module, exports, esModule, esExport) {
      esModule();
      var Model = require("@bokehjs/model").Model;
      class TableColumn extends Model {}
      TableColumn.__name__ = "TableColumn";
      esExport("TableColumn", TableColumn);
    },
  }, "amaan/tables-standin", {"models/widgets/tables/index": "amaan/tables-standin"});
})(this);
