import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
const out = await page.evaluate(() => {
  const photo = (w, h) => {
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const g = c.getContext('2d');
    const sky = g.createLinearGradient(0, 0, 0, h * 0.7);
    sky.addColorStop(0, '#5b86b5');
    sky.addColorStop(1, '#dbe7f0');
    g.fillStyle = sky;
    g.fillRect(0, 0, w, h);
    g.fillStyle = '#8a8d86';
    g.fillRect(0, h * 0.68, w, h * 0.32); // tarmac
    // fuselage
    g.fillStyle = '#f4f4f2';
    g.beginPath();
    g.ellipse(w * 0.55, h * 0.42, w * 0.5, h * 0.13, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#1f3f8f';
    g.fillRect(0, h * 0.45, w, h * 0.025);
    g.fillStyle = '#2b2f3a';
    for (let x = 80; x < w; x += 60) g.fillRect(x, h * 0.37, 26, 30);
    // door and stairs
    g.fillStyle = '#30343f';
    g.fillRect(w * 0.3, h * 0.34, 60, 110);
    g.fillStyle = '#c9c9c4';
    g.beginPath();
    g.moveTo(w * 0.3, h * 0.5);
    g.lineTo(w * 0.3 + 60, h * 0.5);
    g.lineTo(w * 0.3 + 240, h * 0.78);
    g.lineTo(w * 0.3 + 150, h * 0.78);
    g.fill();
    // people
    const colors = ['#ffffff', '#e9eef5', '#2d4f7c', '#ffffff', '#f3f3f3', '#223355'];
    for (let i = 0; i < 22; i++) {
      const x = w * 0.33 + i * 26 + (i % 3) * 7,
        y = h * 0.74 + (i % 4) * 9;
      g.fillStyle = colors[i % colors.length];
      g.fillRect(x, y - 42, 16, 42);
      g.fillStyle = '#6b4a3a';
      g.beginPath();
      g.arc(x + 8, y - 50, 8, 0, Math.PI * 2);
      g.fill();
    }
    // noise for a photographic texture
    const img = g.getImageData(0, 0, w, h);
    for (let i = 0; i < img.data.length; i += 4) {
      const n = (Math.random() - 0.5) * 14;
      img.data[i] += n;
      img.data[i + 1] += n;
      img.data[i + 2] += n;
    }
    g.putImageData(img, 0, 0);
    return c.toDataURL('image/jpeg', 0.72);
  };
  const avatar = (bg, initials) => {
    const c = document.createElement('canvas');
    c.width = 96;
    c.height = 96;
    const g = c.getContext('2d');
    g.fillStyle = bg;
    g.fillRect(0, 0, 96, 96);
    g.fillStyle = '#fff';
    g.font = 'bold 38px sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(initials, 48, 52);
    return c.toDataURL('image/jpeg', 0.85);
  };
  return {
    photo: photo(1200, 675),
    small: photo(600, 338),
    avatars: [
      ['#7b4b94', 'EA'],
      ['#2e7d5b', 'MS'],
      ['#b5502d', 'LG'],
      ['#2f5d8a', 'AP'],
    ].map(([b, i]) => avatar(b, i)),
  };
});
const save = (name, url) =>
  writeFileSync(`test/fixtures/assets/${name}`, Buffer.from(url.split(',')[1], 'base64'));
save('cuba-medics-flight.jpg', out.photo);
save('cuba-medics-flight-600.jpg', out.small);
out.avatars.forEach((a, i) => save(`avatar-${i + 1}.jpg`, a));
await browser.close();
