/*
 * Sky Orders merchant console: live alerts over the merchant socket (reconnect with backoff and `since` replay),
 * popups that stay until dismissed, a spoken alert (speechSynthesis, zh-CN) and a Web Audio chime, the unread count
 * in the title, desktop notifications while the tab is hidden, and order actions without page reloads.
 * Everything the server sends is inserted as text, never as HTML.
 */
(function () {
  'use strict';

  /** A frame's type, as FrameType.java names it (FrameTypeTest keeps the two equal). */
  const FRAME = { NEW_ORDER: 1, REMINDER: 2 };

  const body = document.body;
  const ctx = body.dataset.context || '';
  const csrf = body.dataset.csrf;
  const t = body.dataset;
  const baseTitle = document.title;
  const LAST_ID = 'sky.console.lastAlertId';
  let socket = null;
  let retry = 0;
  let audio = null;
  let unread = 0;
  let pageLast = 0;
  // The ids this page has rung for, oldest first, at most SHOWN_MAX: an alert whose transaction committed late comes
  // below pageLast and is still new, while one already shown never rings twice.
  const SHOWN_MAX = 1000;
  const shown = new Set();
  // Alert ids mean something only in their outbox history (its epoch): after a database reset or restore they start
  // again, and what this browser remembered of the old history would keep new alerts from ringing.
  const EPOCH = 'sky.console.alertEpoch';
  let epoch = localStorage.getItem(EPOCH) || '';
  if (body.dataset.alertEpoch) {
    enterHistory(body.dataset.alertEpoch);
  }

  function enterHistory(next) {
    if (next === epoch) {
      return;
    }
    epoch = next;
    shown.clear();
    pageLast = 0;
    localStorage.removeItem(LAST_ID);
    localStorage.setItem(EPOCH, next);
  }

  // ---- actions -------------------------------------------------------------------------------------------------

  async function api(method, path, payload) {
    const options = { method, headers: { 'Accept': 'application/json' }, credentials: 'same-origin' };
    if (method !== 'GET') {
      options.headers['X-CSRF-Token'] = csrf;
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(payload || {});
    }
    const response = await fetch(ctx + path, options);
    let result;
    try {
      result = await response.json();
    } catch (e) {
      result = { code: 0, msg: 'HTTP ' + response.status };
    }
    if (response.status === 401) {
      signedOut();
    }
    if (!response.ok || result.code !== 1) {
      throw new Error(result.msg || ('HTTP ' + response.status));
    }
    return result.data;
  }

  function statusLabel(status) {
    return t['s' + status] || String(status);
  }

  function showActions(container) {
    const status = container.dataset.status;
    container.querySelectorAll('button.act').forEach(button => {
      button.hidden = !button.dataset.for.split(' ').includes(status);
    });
  }

  function applyOrder(container, order) {
    container.dataset.status = String(order.status);
    const cell = container.querySelector('[data-field="status"]');
    if (cell) {
      cell.textContent = statusLabel(order.status);
      cell.className = 'status s' + order.status;
    }
    showActions(container);
  }

  async function refreshOrder(orderId) {
    const order = await api('GET', '/console/api/orders/' + orderId);
    document.querySelectorAll('[data-order-id="' + orderId + '"]').forEach(el => {
      if (el.dataset.status !== undefined) {
        applyOrder(el, order);
      }
    });
    return order;
  }

  async function refreshCounts() {
    try {
      const stats = await api('GET', '/console/api/statistics');
      setText('count-2', stats.toBeConfirmed);
      setText('count-3', stats.confirmed);
      setText('count-4', stats.deliveryInProgress);
    } catch (e) {
      // counts refresh again with the next alert or action
    }
  }

  function setText(id, value) {
    const el = document.getElementById(id);
    if (el) {
      el.textContent = value;
    }
  }

  function askReason(kind) {
    const dialog = document.getElementById('reason-dialog');
    const select = document.getElementById('reason-select');
    const custom = document.getElementById('reason-custom');
    document.getElementById('reason-title').textContent = kind === 'reject' ? t.tReject : t.tCancel;
    select.replaceChildren(document.getElementById('reasons-' + kind).content.cloneNode(true));
    custom.value = '';
    document.getElementById('reason-error').textContent = '';
    return new Promise(resolve => {
      const close = () => { dialog.close(); resolve(null); };
      document.getElementById('reason-close').onclick = close;
      document.getElementById('reason-form').onsubmit = event => {
        event.preventDefault();
        const text = custom.value.trim() || select.value;
        dialog.close();
        resolve(text);
      };
      dialog.showModal();
    });
  }

  async function act(button) {
    const container = button.closest('[data-order-id]');
    const orderId = container.dataset.orderId;
    const action = button.dataset.act;
    let payload = {};
    if (action === 'reject' || action === 'cancel') {
      const reason = await askReason(action);
      if (!reason) {
        return;
      }
      payload = { reason };
    }
    button.disabled = true;
    try {
      await api('POST', '/console/api/orders/' + orderId + '/' + action, payload);
      await refreshOrder(orderId);
      refreshCounts();
    } catch (e) {
      flash(container, e.message);
      refreshOrder(orderId).catch(() => {});
    } finally {
      button.disabled = false;
    }
  }

  function flash(container, message) {
    let note = container.querySelector('.flash');
    if (!note) {
      note = document.createElement('div');
      note.className = 'flash error';
      (container.querySelector('.actions') || container).appendChild(note);
    }
    note.textContent = message;
    setTimeout(() => note.remove(), 6000);
  }

  document.addEventListener('click', event => {
    const button = event.target.closest('button.act');
    if (button) {
      act(button);
    }
  });

  document.querySelectorAll('[data-order-id][data-status]').forEach(showActions);

  const replySend = document.getElementById('reply-send');
  if (replySend) {
    replySend.addEventListener('click', async () => {
      const text = document.getElementById('reply-custom').value.trim() || document.getElementById('reply-select').value;
      try {
        await api('POST', '/console/api/orders/' + replySend.dataset.orderId + '/reply', { reason: text });
        location.reload();
      } catch (e) {
        document.getElementById('reply-error').textContent = e.message;
      }
    });
  }

  // ---- the shop's open/closed switch (营业状态) ---------------------------------------------------------------

  const shopToggle = document.getElementById('shop-toggle');
  if (shopToggle) {
    shopToggle.addEventListener('click', async () => {
      const next = shopToggle.dataset.status === '1' ? 0 : 1;
      if (!window.confirm(next === 0 ? shopToggle.dataset.confirmClose : shopToggle.dataset.confirmOpen)) {
        return;
      }
      shopToggle.disabled = true;
      try {
        const status = await api('POST', '/console/api/shop/' + next, {});
        shopToggle.dataset.status = String(status);
        shopToggle.textContent = status === 1 ? shopToggle.dataset.open : shopToggle.dataset.closed;
        shopToggle.className = 'shop s' + status;
      } catch (e) {
        window.alert(e.message);
      } finally {
        shopToggle.disabled = false;
      }
    });
  }

  // ---- sound ---------------------------------------------------------------------------------------------------

  const soundToggle = document.getElementById('sound-toggle');
  if (soundToggle) {
    soundToggle.addEventListener('click', () => {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (Ctx && !audio) {
        audio = new Ctx();
      }
      if (audio) {
        audio.resume();
      }
      if ('Notification' in window && Notification.permission === 'default') {
        Notification.requestPermission();
      }
      soundToggle.textContent = soundToggle.dataset.enabled;
      soundToggle.classList.add('on');
    });
  }

  function chime() {
    if (!audio || audio.state !== 'running') {
      return;
    }
    const now = audio.currentTime;
    [880, 1175].forEach((frequency, i) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + i * 0.25);
      gain.gain.exponentialRampToValueAtTime(0.3, now + i * 0.25 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.25 + 0.4);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(now + i * 0.25);
      oscillator.stop(now + i * 0.25 + 0.45);
    });
  }

  function speak(text) {
    const synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') {
      return;
    }
    const utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    synth.speak(utterance);
  }

  // ---- popups --------------------------------------------------------------------------------------------------

  function updateTitle() {
    document.title = unread > 0 ? '(' + unread + ') ' + baseTitle : baseTitle;
  }

  function popup(frame) {
    const box = document.getElementById('popup-template').content.firstElementChild.cloneNode(true);
    const urgent = frame.urgent === true;
    const reminder = frame.type === FRAME.REMINDER;
    box.classList.toggle('reminder', reminder);
    box.classList.toggle('urgent', urgent);
    box.dataset.orderId = frame.orderId;
    box.dataset.alertId = frame.id;
    box.querySelector('.popup-title').textContent = reminder ? t.tReminder : t.tNewOrder;
    box.querySelector('.urgent-mark').hidden = !urgent;
    box.querySelector('.content').textContent = frame.content;
    box.querySelector('.popup-view').href = ctx + '/console/orders/' + encodeURIComponent(frame.orderId);
    const accept = box.querySelector('.popup-accept');
    const error = box.querySelector('.error');
    if (frame.type === FRAME.NEW_ORDER) {
      accept.hidden = false;
      accept.addEventListener('click', async () => {
        accept.disabled = true;
        error.hidden = true;
        try {
          await api('POST', '/console/api/orders/' + frame.orderId + '/confirm', {});
          box.querySelector('.popup-done').hidden = false;
          accept.remove();
          await refreshOrder(frame.orderId).catch(() => {});
          refreshCounts();
        } catch (e) {
          error.textContent = e.message;
          error.hidden = false;
          accept.disabled = false;
        }
      });
    }
    box.querySelector('.popup-close').addEventListener('click', () => {
      box.remove();
      unread = Math.max(0, unread - 1);
      updateTitle();
    });
    const popups = document.getElementById('popups');
    popups.prepend(box);
    while (popups.children.length > 20) {
      popups.lastElementChild.remove();
    }
    unread++;
    updateTitle();
  }

  function notifyDesktop(frame) {
    if (document.hidden && 'Notification' in window && Notification.permission === 'granted') {
      new Notification(frame.type === FRAME.REMINDER ? t.tReminder : t.tNewOrder, { body: frame.content, tag: 'sky-' + frame.id });
    }
  }

  async function addRow(orderId) {
    const table = document.getElementById('orders');
    const template = document.getElementById('row-template');
    if (!table || !template || document.querySelector('tr[data-order-id="' + orderId + '"]')) {
      return;
    }
    const tab = table.dataset.tab;
    const order = await api('GET', '/console/api/orders/' + orderId);
    if (tab !== 'all' && tab !== String(order.status)) {
      return;
    }
    const row = template.content.firstElementChild.cloneNode(true);
    row.dataset.orderId = order.id;
    const link = row.querySelector('[data-field="number"] a');
    link.href = ctx + '/console/orders/' + order.id;
    link.textContent = order.number;
    ['consignee', 'phone', 'address', 'remark', 'orderTime'].forEach(field => {
      row.querySelector('[data-field="' + field + '"]').textContent = order[field] == null ? '' : order[field];
    });
    const lines = row.querySelector('[data-field="lines"]');
    (order.orderDetailList || []).forEach(detail => lines.append(orderLine(detail)));
    row.querySelector('[data-field="amount"]').textContent = '¥' + Number(order.amount).toFixed(2);
    applyOrder(row, order);
    document.getElementById('order-rows').prepend(row);
    const empty = document.getElementById('empty');
    if (empty) {
      empty.remove();
    }
  }

  /** One order line from the line template: a set meal tagged, a dish's flavour after its name. */
  function orderLine(detail) {
    const line = document.getElementById('line-template').content.firstElementChild.cloneNode(true);
    line.querySelector('[data-field="setmeal"]').hidden = detail.setmealId == null;
    line.querySelector('[data-field="name"]').textContent = detail.name;
    const flavor = line.querySelector('[data-field="flavor"]');
    flavor.textContent = detail.dishFlavor || '';
    flavor.hidden = !detail.dishFlavor;
    line.querySelector('[data-field="number"]').textContent = String(detail.number);
    return line;
  }

  function onAlert(frame) {
    if (typeof frame.epoch === 'string' && frame.epoch) {
      enterHistory(frame.epoch);
    }
    if (!Number.isInteger(frame.id) || shown.has(frame.id)) {
      return;
    }
    shown.add(frame.id);
    if (shown.size > SHOWN_MAX) {
      shown.delete(shown.values().next().value);
    }
    pageLast = Math.max(pageLast, frame.id);
    if (frame.id > Number(localStorage.getItem(LAST_ID) || 0)) {
      localStorage.setItem(LAST_ID, String(frame.id));
    }
    popup(frame);
    speak(frame.type === FRAME.REMINDER ? t.tSpeakReminder : t.tSpeakNew);
    chime();
    notifyDesktop(frame);
    refreshCounts();
    if (frame.type === FRAME.NEW_ORDER) {
      addRow(frame.orderId).catch(() => {});
    }
    refreshOrder(frame.orderId).catch(() => {});
  }

  // ---- the socket ----------------------------------------------------------------------------------------------

  let leaving = false;

  /** The sign-in is gone (logout elsewhere, revocation, expiry): say so in words, then go to the login page. */
  function signedOut() {
    if (leaving) {
      return;
    }
    leaving = true;
    const banner = document.getElementById('signed-out');
    if (banner) {
      banner.hidden = false;
    }
    setTimeout(() => { location.href = ctx + '/console/login?signedOut=1'; }, 2500);
  }

  /** After the socket closed: true while the sign-in holds (a network blip or a restart), false once it is gone. */
  async function stillSignedIn() {
    try {
      const response = await fetch(ctx + '/console/api/session',
        { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
      return response.status !== 401;
    } catch (e) {
      return true; // the server is unreachable: keep retrying, it says nothing about the sign-in
    }
  }

  function setState(connected) {
    const state = document.getElementById('ws-state');
    if (state) {
      state.textContent = connected ? state.dataset.connected : state.dataset.reconnecting;
      state.className = 'ws-state ' + (connected ? 'connected' : 'reconnecting');
    }
  }

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const sid = 'console-' + Math.random().toString(36).slice(2, 10);
    // This page's own last alert after a drop; on a fresh page, the last one any tab of this browser saw; failing
    // both, the server's cursor when it rendered this page, so alerts raised before the first connect still come.
    const last = pageLast || Number(localStorage.getItem(LAST_ID) || 0) || Number(body.dataset.alertCursor || 0);
    const query = '?since=' + encodeURIComponent(last) + (epoch ? '&epoch=' + encodeURIComponent(epoch) : '');
    socket = new WebSocket(scheme + location.host + ctx + '/ws/' + sid + query);
    socket.onopen = () => {
      retry = 0;
      setState(true);
    };
    socket.onmessage = event => {
      try {
        onAlert(JSON.parse(event.data));
      } catch (e) {
        // a frame we do not understand is ignored
      }
    };
    socket.onclose = async () => {
      setState(false);
      if (!(await stillSignedIn())) {
        signedOut();
        return;
      }
      const delay = Math.min(15000, 500 * Math.pow(2, retry++)) + Math.floor(Math.random() * 250);
      setTimeout(connect, delay);
    };
  }

  if (document.getElementById('ws-state')) {
    connect();
  }
}());
