window.mine = 2;
