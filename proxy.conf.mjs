// Dev-server proxy: the sandbox answers /WSAPI and /__sandbox; ng serve answers everything else.
const target = `http://127.0.0.1:${process.env.SANDBOX_PORT ?? '4300'}`;

export default {
  '/WSAPI': { target, secure: false, changeOrigin: false },
  '/wsapi': { target, secure: false, changeOrigin: false },
  '/__sandbox': { target, secure: false, changeOrigin: false },
};
