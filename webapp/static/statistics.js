/*
 * 数据统计: the four reports of /console/api/report/* drawn as plain SVG (no chart library, nothing from a CDN,
 * nothing inline: the console's CSP allows our own scripts only). Every label is inserted as text.
 */
(function () {
  'use strict';

  const SVG = 'http://www.w3.org/2000/svg';
  const COLORS = ['#ffc200', '#1565c0'];
  const W = 560;
  const H = 260;
  const PAD = { left: 56, right: 16, top: 16, bottom: 40 };
  const ctx = document.body.dataset.context || '';

  function el(name, attrs, text) {
    const node = document.createElementNS(SVG, name);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function numbers(list) {
    return list === '' ? [] : list.split(',').map(Number);
  }

  function frame(container) {
    container.querySelectorAll('svg, .legend, .empty').forEach(n => n.remove());
    const svg = el('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
    container.appendChild(svg);
    return svg;
  }

  function legend(container, names) {
    const box = document.createElement('div');
    box.className = 'legend';
    names.forEach((name, i) => {
      const item = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.style.background = COLORS[i];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(name));
      box.appendChild(item);
    });
    container.appendChild(box);
  }

  function axes(svg, labels, max) {
    const plotH = H - PAD.top - PAD.bottom;
    for (let i = 0; i <= 4; i++) {
      const y = PAD.top + plotH - plotH * i / 4;
      svg.appendChild(el('line', { x1: PAD.left, x2: W - PAD.right, y1: y, y2: y, stroke: '#eee' }));
      svg.appendChild(el('text', { x: PAD.left - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#666' },
        formatTick(max * i / 4)));
    }
    const step = Math.max(1, Math.ceil(labels.length / 8));
    labels.forEach((label, i) => {
      if (i % step === 0) {
        svg.appendChild(el('text', { x: xAt(i, labels.length), y: H - PAD.bottom + 16, 'text-anchor': 'middle',
          'font-size': 11, fill: '#666' }, label.slice(5)));
      }
    });
  }

  function formatTick(value) {
    return value >= 1000 ? (value / 1000).toFixed(1) + 'k' : (Math.round(value * 10) / 10).toString();
  }

  function xAt(i, count) {
    const plotW = W - PAD.left - PAD.right;
    return PAD.left + (count === 1 ? plotW / 2 : plotW * i / (count - 1));
  }

  function yAt(value, max) {
    const plotH = H - PAD.top - PAD.bottom;
    return PAD.top + plotH - (max === 0 ? 0 : plotH * value / max);
  }

  function niceMax(values) {
    const max = Math.max(0, ...values);
    if (max === 0) {
      return 1;
    }
    const magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    return Math.ceil(max / magnitude) * magnitude;
  }

  function lines(container, labels, series) {
    const svg = frame(container);
    const max = niceMax(series.flat());
    axes(svg, labels, max);
    series.forEach((values, s) => {
      const points = values.map((v, i) => xAt(i, values.length) + ',' + yAt(v, max)).join(' ');
      svg.appendChild(el('polyline', { points, fill: 'none', stroke: COLORS[s], 'stroke-width': 2,
        class: 'series series-' + s }));
      values.forEach((v, i) => {
        const dot = el('circle', { cx: xAt(i, values.length), cy: yAt(v, max), r: 3, fill: COLORS[s] });
        dot.appendChild(el('title', {}, labels[i] + ': ' + v));
        svg.appendChild(dot);
      });
    });
    legend(container, container.dataset.series.split('|'));
  }

  function bars(container, labels, series) {
    const svg = frame(container);
    const max = niceMax(series.flat());
    axes(svg, labels, max);
    const plotW = W - PAD.left - PAD.right;
    const slot = plotW / Math.max(1, labels.length);
    const width = Math.max(2, slot * 0.8 / series.length);
    series.forEach((values, s) => {
      values.forEach((v, i) => {
        const x = PAD.left + slot * i + slot * 0.1 + width * s;
        const bar = el('rect', { x, y: yAt(v, max), width, height: yAt(0, max) - yAt(v, max), fill: COLORS[s],
          class: 'series series-' + s });
        bar.appendChild(el('title', {}, labels[i] + ': ' + v));
        svg.appendChild(bar);
      });
    });
    legend(container, container.dataset.series.split('|'));
  }

  function ranking(container, names, values) {
    const svg = frame(container);
    if (names.length === 0) {
      svg.remove();
      const empty = document.createElement('p');
      empty.className = 'empty';
      empty.textContent = container.parentElement.dataset.empty;
      container.appendChild(empty);
      return;
    }
    const max = niceMax(values);
    const row = (H - PAD.top) / 10;
    names.forEach((name, i) => {
      const y = PAD.top + row * i;
      svg.appendChild(el('text', { x: 110, y: y + row * 0.65, 'text-anchor': 'end', 'font-size': 12 }, name));
      const width = (W - 180) * values[i] / max;
      svg.appendChild(el('rect', { x: 116, y: y + row * 0.15, width, height: row * 0.7, fill: COLORS[0],
        class: 'series series-0' }));
      svg.appendChild(el('text', { x: 122 + width, y: y + row * 0.65, 'font-size': 12 }, String(values[i])));
    });
  }

  async function report(name, begin, end) {
    const response = await fetch(ctx + '/console/api/report/' + name + '?begin=' + encodeURIComponent(begin)
      + '&end=' + encodeURIComponent(end), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
    const result = await response.json();
    if (!response.ok || result.code !== 1) {
      throw new Error(result.msg || ('HTTP ' + response.status));
    }
    return result.data;
  }

  async function draw() {
    const begin = document.getElementById('begin').value;
    const end = document.getElementById('end').value;
    const error = document.getElementById('range-error');
    error.textContent = '';
    try {
      const [turnover, users, orders, top] = await Promise.all(
        ['turnover', 'users', 'orders', 'top10'].map(name => report(name, begin, end)));
      const days = turnover.dateList.split(',');
      lines(document.getElementById('chart-turnover'), days, [numbers(turnover.turnoverList)]);
      lines(document.getElementById('chart-users'), days, [numbers(users.totalUserList), numbers(users.newUserList)]);
      bars(document.getElementById('chart-orders'), days,
        [numbers(orders.orderCountList), numbers(orders.validOrderCountList)]);
      ranking(document.getElementById('chart-top10'), top.nameList === '' ? [] : top.nameList.split(','),
        numbers(top.numberList));
      document.body.dataset.chartsDrawn = 'true';
    } catch (e) {
      error.textContent = e.message;
    }
  }

  document.getElementById('range-form').addEventListener('submit', event => {
    event.preventDefault();
    draw();
  });
  draw();
}());
