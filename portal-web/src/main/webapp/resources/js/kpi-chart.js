/*
 * Extender of the KPI charts (p:chart extender="mitwirkenKpiChart"): a tooltip names the day and the value of
 * a point as the page writes them (the time axis itself counts in years). Served from the portal, so the
 * Content-Security-Policy (script-src 'self' plus nonce) allows it; it evaluates no strings.
 */
window.mitwirkenKpiChart = function () {
    var options = this.cfg.config.options || (this.cfg.config.options = {});
    var plugins = options.plugins || (options.plugins = {});
    var tooltip = plugins.tooltip || (plugins.tooltip = {});
    tooltip.callbacks = {
        title: function (items) {
            return items.length ? items[0].raw.day : '';
        },
        label: function (item) {
            return item.dataset.label + ': ' + item.raw.text;
        }
    };
};
