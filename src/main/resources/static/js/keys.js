// Keyboard use without the mouse: an element with data-key="x" is clicked (or, if it is a field,
// focused) when x is pressed outside a field; tables marked data-rows move a selection with j / k
// and open the selected row with Enter. Escape leaves a field.
(function () {
    function typing(target) {
        return target.closest('input, textarea, select, [contenteditable]');
    }

    function moveSelection(table, step) {
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
        if (!rows.length) return false;
        var current = rows.findIndex(function (r) { return r.classList.contains('selected'); });
        var next = Math.max(0, Math.min(rows.length - 1, current < 0 ? 0 : current + step));
        if (current >= 0) rows[current].classList.remove('selected');
        rows[next].classList.add('selected');
        rows[next].scrollIntoView({block: 'nearest'});
        return true;
    }

    document.addEventListener('keydown', function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (typing(event.target)) {
            if (event.key === 'Escape') event.target.blur();
            return;
        }
        var table = document.querySelector('[data-rows]');
        if (table && (event.key === 'j' || event.key === 'k')) {
            if (moveSelection(table, event.key === 'j' ? 1 : -1)) event.preventDefault();
            return;
        }
        if (table && event.key === 'Enter') {
            var selected = table.querySelector('tbody tr.selected');
            if (selected) window.location = selected.dataset.href;
            return;
        }
        var target = document.querySelector('[data-key="' + event.key + '"]');
        if (!target) return;
        event.preventDefault();
        if (target.matches('input, textarea, select')) target.focus(); else target.click();
    });
})();
