window.mine = 4;
